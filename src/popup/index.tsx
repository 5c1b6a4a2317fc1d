import { render } from 'preact';
import { localiseDocument } from '../ui/localise-document.ts';
import { browserConnection } from './connection.ts';
import { Popup } from './Popup.tsx';

localiseDocument('extensionName');
render(<Popup connection={browserConnection} />, document.getElementById('app')!);
