import { render } from 'preact';
import { localiseDocument } from '../ui/localise-document.ts';
import { Options } from './Options.tsx';
import { browserRefSets } from './refsets/connection.ts';

localiseDocument('options_pageTitle');
render(<Options refSets={browserRefSets()} />, document.getElementById('app')!);
