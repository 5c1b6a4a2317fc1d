import { render } from 'preact';
import { localiseDocument } from '../ui/localise-document.ts';
import { browserFirstRun } from './connection.ts';
import { FirstRun } from './FirstRun.tsx';

localiseDocument('firstRun_pageTitle');
render(<FirstRun connection={browserFirstRun} />, document.getElementById('app')!);
