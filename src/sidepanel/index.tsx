import { render } from 'preact';
import { localiseDocument } from '../ui/localise-document.ts';
import { browserPanel } from './connection.ts';
import { SidePanel } from './SidePanel.tsx';

// `?tab=ID`: the panel's page opened in a tab of its own, for one tab (tests use it).
const fixedTab = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);

localiseDocument('panel_pageTitle');
render(
  <SidePanel connection={browserPanel(Number.isNaN(fixedTab) ? undefined : fixedTab)} />,
  document.getElementById('app')!,
);
