// An app that installs the packages it needs and imports them: each import registers its element.
import '@portal-widgets/breadcrumb';
import '@portal-widgets/article-card';
import '@portal-widgets/links-list';

const links = document.querySelector('pw-links-list');
if (links) {
  links.items = [{ label: 'Cổng Thông tin điện tử Chính phủ', href: 'https://chinhphu.vn/' }];
  // Typed by the package's HTMLElementEventMap augmentation: event.detail is a NavigateDetail.
  links.addEventListener('pw-navigate', (event) => {
    event.preventDefault();
    const output = document.getElementById('navigated');
    if (output) output.textContent = event.detail.href;
  });
}
