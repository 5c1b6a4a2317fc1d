import { render } from 'preact';
import { Options } from './Options.tsx';
import { browserRefSets } from './refsets/connection.ts';

render(<Options refSets={browserRefSets()} />, document.getElementById('app')!);
