// What the smoke test reads: the link a pw-navigate event asked for (cancelled, so the page stays).
document.addEventListener('pw-navigate', (event) => {
  event.preventDefault();
  document.getElementById('navigated').textContent = event.detail.href;
});
