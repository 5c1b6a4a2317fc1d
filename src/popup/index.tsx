import { render } from 'preact';
import { browserConnection } from './connection.ts';
import { Popup } from './Popup.tsx';

render(<Popup connection={browserConnection} />, document.getElementById('app')!);
