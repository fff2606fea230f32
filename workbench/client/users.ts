// The user switcher: plan office and department members from マスタ, plus any address typed in.
import type { PageView } from './api';
import { byId } from './dom';

export function setUpUsers(choose: (user: string) => void): (view: PageView) => void {
  const select = byId<HTMLSelectElement>('user');
  const other = byId<HTMLInputElement>('user-other');
  const typed = new Set<string>();
  select.addEventListener('change', () => choose(select.value));
  byId('user-other-apply').addEventListener('click', () => {
    const email = other.value.trim();
    if (!email) return;
    typed.add(email);
    other.value = '';
    choose(email);
  });
  return (view) => {
    const options = view.users.map((u) => ({ email: u.email, label: `${u.email}（${u.role}）` }));
    for (const email of [view.user, ...typed])
      if (!options.some((o) => o.email === email)) options.push({ email, label: email });
    select.replaceChildren(
      ...options.map((o) => {
        const option = document.createElement('option');
        option.value = o.email;
        option.textContent = o.label;
        return option;
      }),
    );
    select.value = view.user;
  };
}
