// A React 18 app using @portal-widgets/react: props are set as properties, events arrive as props.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PwArticleCard, PwBreadcrumb, PwLinksList } from '@portal-widgets/react';

function Page() {
  const [navigated, setNavigated] = useState('');
  return (
    <>
      <PwBreadcrumb
        items={[{ label: 'Trang chủ', href: '/' }, { label: 'Tin tức', href: '/tin-tuc/' }, { label: 'Hội nghị' }]}
      />
      <PwArticleCard headline="Hội nghị tổng kết 10 năm phong trào" href="/tin-tuc/hoi-nghi.html" />
      <PwLinksList
        variant="select"
        items={[{ label: 'Cổng Thông tin điện tử Chính phủ', href: 'https://chinhphu.vn/' }]}
        onPwNavigate={(event) => {
          event.preventDefault();
          setNavigated(event.detail.href);
        }}
      />
      <output id="navigated">{navigated}</output>
    </>
  );
}

const app = document.getElementById('app');
if (app) createRoot(app).render(<Page />);
