// The part of papaparse the CSV converter uses. @types/papaparse is not used
// because it pulls Node's types into the DOM-free, Node-free core.
declare module 'papaparse' {
  interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }
  interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    cursor: number;
  }
  interface StepResult {
    data: string[];
    errors: ParseError[];
    meta: ParseMeta;
  }
  interface Parser {
    abort(): void;
  }
  interface ParseConfig {
    delimiter?: string;
    delimitersToGuess?: string[];
    skipEmptyLines?: boolean | 'greedy';
    step?: (results: StepResult, parser: Parser) => void;
  }
  const Papa: { parse(input: string, config: ParseConfig): void };
  export default Papa;
}
