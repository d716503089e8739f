// `npm start` in this app: the demo portal on PORT (default 8080).
import { startDemoServer } from './server.mjs';

const demo = await startDemoServer({
  port: Number(process.env.PORT ?? 8080),
  host: process.env.HOST ?? 'localhost',
  commentsApiUrl: process.env.COMMENTS_API_URL ?? 'http://localhost:8787',
  weatherApiUrl: process.env.WEATHER_API_URL ?? 'https://api.open-meteo.com',
});
console.log(`Demo portal: ${demo.url}/ (English: ${demo.url}/en/)`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void demo.close().then(() => process.exit(0)));
