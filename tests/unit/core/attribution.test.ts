import { describe, expect, it } from 'vitest';
import { quotesOf } from './read-helpers.ts';

type Case = [name: string, text: string, speakers: (string | null)[]];

/** Each case: a short article of our own, and the speaker of each quotation in order. */
function check(cases: Case[]) {
  it.each(cases)('%s', (_name, text, speakers) => {
    expect(quotesOf(text).map(([, speaker]) => speaker)).toEqual(speakers);
  });
}

describe('cue verbs before and after the quotation', () => {
  check([
    ['name then cue, after', '“We will rebuild,” Mayor Ana Ruiz said.', ['Ana Ruiz']],
    ['cue then colon, before', 'Mayor Ana Ruiz said: “We will rebuild.”', ['Ana Ruiz']],
    [
      'cue and that, before',
      'Ana Ruiz said on Monday that “the bridge will reopen.”',
      ['Ana Ruiz'],
    ],
    [
      'cue far before, in the same sentence',
      'Ana Ruiz told the council last week that she would seek “a full inquiry.”',
      ['Ana Ruiz'],
    ],
    ['pronoun then cue, after', 'Ana Ruiz spoke first. “We will rebuild,” she said.', ['Ana Ruiz']],
    ['an adverb between', '“We will rebuild,” Ana Ruiz said quietly.', ['Ana Ruiz']],
    [
      'an auxiliary and an adverb between',
      'Ana Ruiz has repeatedly said the plan is “unworkable.”',
      ['Ana Ruiz'],
    ],
    [
      'a participle after a clause',
      'Ana Ruiz rejected the offer, saying it was “an insult to the town.”',
      ['Ana Ruiz'],
    ],
    [
      'a coordinated cue',
      'Ana Ruiz praised the crews and added that “the worst is over.”',
      ['Ana Ruiz'],
    ],
    [
      'an apposition before the cue',
      'Eric Vance, one of the leading voices on water policy, said he was “appalled.”',
      ['Eric Vance'],
    ],
    [
      'a relative clause',
      'The Green Party, which opposed the bill, said the vote was “a betrayal.”',
      ['the Green Party'],
    ],
  ]);
});

describe('inverted order', () => {
  check([
    [
      'said Dr. …, a senior fellow at …',
      '“North Korea is not walking away from diplomacy,” said Dr. Ji-Hoon Nam, a senior fellow at the Institute for Security Strategy in Seoul.',
      ['Ji-Hoon Nam'],
    ],
    [
      'says Professor … of …',
      '“We will respond,” says Professor Elena Marsh of Leeds University.',
      ['Elena Marsh'],
    ],
    [
      'role words before the name',
      '“We are concerned,” said chief inspector Sam Reyes from the county police.',
      ['Sam Reyes'],
    ],
    ['asked', '“Who will pay for this?” asked Senator Ruth Bell.', ['Ruth Bell']],
  ]);
});

describe('according to, in the words of, colons', () => {
  check([
    [
      'according to, before',
      'According to Chief Inspector Sam Reyes, “the suspect fled on foot.”',
      ['Sam Reyes'],
    ],
    [
      'according to, after',
      '“The suspect fled on foot,” according to police spokesman Sam Reyes.',
      ['Sam Reyes'],
    ],
    [
      'according to an organisation',
      'The storm was “the worst in a decade,” according to the National Weather Service.',
      ['the National Weather Service'],
    ],
    ['in X’s words', 'In Dr. Elena Marsh’s words, “Could this be the moment?”', ['Elena Marsh']],
    [
      'as X put it',
      'As one Western diplomat put it: “Dialogue is better than silence.”',
      ['one Western diplomat'],
    ],
    [
      'a colon after the speaker’s clause',
      'Ana Ruiz had a warning for residents: “Do not go near the river.”',
      ['Ana Ruiz'],
    ],
    [
      'a colon closing the paragraph before',
      'Ana Ruiz, the mayor, wrote to residents:\n\n“Do not go near the river.”',
      ['Ana Ruiz'],
    ],
  ]);
});

describe('titles and appositions stripped to the fullest name', () => {
  check([
    [
      'a president',
      'President Yoon Suk-yeol called the move “a step backward from stability.”',
      ['Yoon Suk-yeol'],
    ],
    [
      'a prime minister with a nationality',
      'Tunisian Prime Minister Habib Essid declared: “Our nation is in danger.”',
      ['Habib Essid'],
    ],
    [
      'a role in lowercase',
      'White House press secretary Jo Kern told reporters: “We are watching closely.”',
      ['Jo Kern'],
    ],
    [
      'an abbreviated title and a party',
      '“We are concerned,” said Sen. Mark Dale, a Virginia Democrat.',
      ['Mark Dale'],
    ],
    [
      'credentials after the name',
      '“It is safe,” said Katie Lam, MD, PhD, of the city hospital.',
      ['Katie Lam'],
    ],
    [
      'a former official',
      'Former national security adviser Suh Hoon said: “We must keep talking.”',
      ['Suh Hoon'],
    ],
    [
      'a middle initial',
      '“It is not over,” said William G. Gale, a fellow at the institute.',
      ['William G. Gale'],
    ],
    [
      '“of” after the name',
      'Senator Mitch Dorn of Kentucky called the debt “the issue of our era.”',
      ['Mitch Dorn'],
    ],
    [
      '“the president” after the president was named',
      'President Barack Obama spoke in Nairobi.\n\n“We will be back,” the president said.',
      ['Barack Obama'],
    ],
  ]);
});

describe('organisations, governments and anonymous sources', () => {
  check([
    [
      'the White House',
      'The White House said the move was “deeply troubling.”',
      ['the White House'],
    ],
    ['a news agency', 'KCNA said Pyongyang had “no intention of talking.”', ['KCNA']],
    [
      'a capital for its government',
      'Pyongyang called the drills “a rehearsal for invasion.”',
      ['Pyongyang'],
    ],
    [
      'a ministry with its country',
      'South Korea’s Unification Ministry expressed “deep regret” over the decision.',
      ['South Korea’s Unification Ministry'],
    ],
    [
      '“it” for an organisation',
      'The Food Standards Agency warned people off the pills.\n\n“They are not fit for human consumption,” it said in a statement.',
      ['Food Standards Agency'],
    ],
    [
      'a senior official',
      'In Washington, a senior White House official described the withdrawal as “disappointing but not unexpected.”',
      ['a senior White House official'],
    ],
    [
      'an analyst',
      '“The door is still open,” one regional analyst noted.',
      ['one regional analyst'],
    ],
    [
      'an inverted description',
      '“Things are delicate,” emphasized one senior diplomatic strategist.',
      ['one senior diplomatic strategist'],
    ],
    [
      'a member of the audience',
      'After the talk, a question came from a member of the audience: “Did you check the data?”',
      ['a member of the audience'],
    ],
    [
      'a message names its sender',
      'The announcement, made through the state-run Korean Central News Agency, stated that Pyongyang “will not negotiate.”',
      ['Korean Central News Agency'],
    ],
  ]);
});

describe('continuations, pronouns and short names', () => {
  check([
    [
      'a paragraph that opens with a mark continues the speaker',
      '“We will rebuild,” Ana Ruiz said.\n\n“It will take two years, and it will cost more than we hoped.”',
      ['Ana Ruiz', 'Ana Ruiz'],
    ],
    [
      'a continuation past a caption',
      '“We will rebuild,” Ana Ruiz said.\n\nThe bridge after the flood\n\n“It will take two years, and it will cost more than we hoped.”',
      ['Ana Ruiz', 'Ana Ruiz'],
    ],
    [
      'the rest of a quotation in the same paragraph',
      '“We will rebuild,” Ana Ruiz said. “It will take two years.”',
      ['Ana Ruiz', 'Ana Ruiz'],
    ],
    [
      'a quotation after the sentence that introduces its speaker',
      'Charles Hale once summed up the danger with a metaphor. “It is not the wolf at the door but termites in the woodwork.”',
      ['Charles Hale'],
    ],
    [
      '“she” means the woman, not the man named last',
      'Lena Park met Tom Reyes on Friday. Park said she was hopeful; Reyes said he was not.\n\n“It was a good meeting,” she said.',
      ['Lena Park'],
    ],
    [
      'a surname means the person named in full',
      'Daniel Marsh, a historian, read the papers.\n\n“It is remarkable,” Marsh said.',
      ['Daniel Marsh'],
    ],
    [
      'a surname shared by two: the one not called by first name',
      'Hori Tane and his son, Rua Tane, met the rangers. Rua said little.\n\n“We need to listen,” Tane said.',
      ['Hori Tane'],
    ],
    [
      'a Korean family name: the one introduced in the story',
      'North Korean leader Kim Jong-un’s sister, Kim Yo-jong, dismissed the offer.\n\n“There will be no talks,” Kim said.',
      ['Kim Yo-jong'],
    ],
    [
      'a first name alone, introduced in full later',
      '“The drug was in her system,” her mother, Fiona, said.\n\nFiona Parry asked people to stay away from the pills.',
      ['Fiona Parry'],
    ],
    [
      'a role in apposition names a description',
      'The mother of a student has described how the pills were “burning her up.”\n\n“She never knew,” her mother, Fiona, said.\n\nFiona Parry asked for a ban.',
      ['Fiona Parry', 'Fiona Parry'],
    ],
    [
      'names inside a quotation are not antecedents',
      '“I spoke to Tom Reyes,” Ana Ruiz said. “He agreed,” she added.',
      ['Ana Ruiz', 'Ana Ruiz'],
    ],
  ]);
});

describe('more newsroom patterns', () => {
  check([
    [
      'an attribution inside the quotation',
      'Ana Ruiz spoke last. “We will,” she said, “rebuild the bridge.”',
      ['Ana Ruiz', 'Ana Ruiz'],
    ],
    [
      'in a statement, an organisation said',
      'In a statement, the ministry said: “The border will stay closed.”',
      ['the ministry'],
    ],
    [
      'an organisation after the quotation',
      '“The border will stay closed,” the company said in a statement.',
      ['the company'],
    ],
    [
      'a surname told a broadcaster',
      'Ana Ruiz is the mayor.\n\n“We were not warned,” Ruiz told the BBC on Tuesday.',
      ['Ana Ruiz'],
    ],
    [
      'a relative clause after the name',
      '“We were not warned,” said Ana Ruiz, who has led the town since 2019.',
      ['Ana Ruiz'],
    ],
    [
      'asked, then answered',
      'Asked whether the bridge was safe, Ana Ruiz said: “Nobody can promise that.”',
      ['Ana Ruiz'],
    ],
    [
      'a post online',
      'Ana Ruiz is the mayor. “We will rebuild,” she wrote on Facebook.',
      ['Ana Ruiz'],
    ],
    ['an inverted post', '“We will rebuild,” tweeted Ana Ruiz.', ['Ana Ruiz']],
    [
      'a named spokesman in apposition',
      'The mayor’s spokesman, Tom Reyes, said: “The bridge is closed.”',
      ['Tom Reyes'],
    ],
    [
      'a role in apposition before the name',
      'The mayor, Ana Ruiz, said the closure was “regrettable but necessary.”',
      ['Ana Ruiz'],
    ],
    [
      'a statement from an organisation',
      'A statement from the ministry said the closure was “temporary.”',
      ['the ministry'],
    ],
    [
      'a spokeswoman for an organisation',
      'A spokeswoman for the State Department said the visit was “a mistake, plain and simple.”',
      ['A spokeswoman for the State Department'],
    ],
    [
      'an inverted spokesman for',
      '“It is done,” said a spokesman for Con Edison.',
      ['a spokesman for Con Edison'],
    ],
    [
      'a spokesman for, before the cue',
      '“It is done,” a spokesman for Con Edison said.',
      ['a spokesman for Con Edison'],
    ],
    ['the police', 'Police said the driver was “well over the limit.”', ['Police']],
    [
      'a pronoun for someone named once, without a title',
      'Ana Ruiz arrived late. “Sorry,” she said.',
      ['Ana Ruiz'],
    ],
    [
      'a department by its description',
      'The New Zealand Department of Conservation leads the rescue. The strandings were described as “heartbreaking” by the conservation department.',
      ['New Zealand Department of Conservation'],
    ],
    [
      'an agency by its head noun',
      'The Food Standards Agency issued a warning.\n\n“Do not take them,” the agency said.',
      ['Food Standards Agency'],
    ],
    [
      'a subject after a leading phrase with no comma',
      'On one Facebook page an unidentified poster put up the picture and wrote that it was “disrespectful, rude and tacky.”',
      ['an unidentified poster'],
    ],
  ]);
});

describe('what the corpus taught, in our own words', () => {
  check([
    [
      'a reporting outlet after a further clause yields to the cue before',
      'Chief executive Jo Park said in a memo that the “difference between the two brands has faded” as prices fell, the Ledger reported.',
      ['Jo Park'],
    ],
    [
      'a verb that is no cue after the quotation',
      'The cause is unclear, but “storms, tides or disease” are all thought to play a part, according to the coastguard.',
      ['the coastguard'],
    ],
    [
      'a three-word phrase inside a noun phrase, attributed after',
      'Overuse is the “single leading factor” behind resistance, the CDC says.',
      ['the CDC'],
    ],
    [
      'a continuation past a caption that ends without a stop',
      '“We will rebuild,” Ana Ruiz said.\n\nThe old bridge seen from the river bank at dawn, two days after the flood had passed\n\n“It will take two years.”',
      ['Ana Ruiz', 'Ana Ruiz'],
    ],
    [
      'a surname means the parent when the child goes by a two-word first name',
      'Hori Tane met the rangers with his son, Te Rua Tane. “We are tired,” says Te Rua.\n\nBut for Tane and his family the losses are personal.\n\n“It is very hard. We need to listen.”',
      ['Te Rua Tane', 'Hori Tane'],
    ],
    [
      'a common word that starts a sentence is no speaker',
      'New signs went up with the new prices: “Lower prices. Same standards,” reads one.',
      [null],
    ],
    [
      'notes of a document are what the article cites',
      'There would be a code — according to the explanatory notes of the British Bill — “to protect the confidentiality of sources”.',
      ['the explanatory notes of the British Bill'],
    ],
  ]);
});

describe('what our own pages taught (tests/fixtures/reading), in other words', () => {
  check([
    [
      'a comma inside a nested closing mark sets the quotation off',
      'Pia Marsh spoke first. “I told him, ‘Go home,’” Marsh said, smiling.',
      ['Pia Marsh'],
    ],
    [
      'two senators with party tags speak jointly',
      '“The vote is rigged,” Sen. Pia Ortega, D-N.M., and Sen. Luke Brandt, R-Utah, said in a joint statement.',
      ['Pia Ortega and Luke Brandt'],
    ],
    [
      'two surnames of people the article introduced speak jointly',
      'Sen. Pia Ortega and Sen. Luke Brandt wrote the bill. “We will not give up,” Ortega and Brandt told reporters.',
      ['Pia Ortega and Luke Brandt'],
    ],
    [
      'names joined by "and" that are nobody’s are one organisation',
      '“Sales rose in every region,” Procter and Gamble said in a statement.',
      ['Procter and Gamble'],
    ],
    [
      'a title holding an organisation’s words before a person',
      'House Speaker Dana Pratt and Minority Leader Ron Oakes met on Monday. “We found common ground,” Pratt said.',
      ['Dana Pratt'],
    ],
    [
      'a day after an organisation is no part of its name',
      'The Foreign Ministry on Monday called the visit “a provocation.”',
      ['the Foreign Ministry'],
    ],
    [
      'past a party tag and a relative clause to the name',
      'Rep. Joan Tully, D-Mass., who chairs the panel, said the report was “deeply troubling.”',
      ['Joan Tully'],
    ],
    [
      'a surname that is also a title',
      'A spokeswoman, Laura King, said the firm would “fully cooperate.”',
      ['Laura King'],
    ],
    [
      '"the company" means the company the story is about',
      'Halden Foods, which makes frozen pizza, said it would recall 2,000 boxes. “Customer safety comes first,” the company said.',
      ['Halden Foods'],
    ],
    [
      'a pronoun in a later sentence means the subject before the object',
      'Tom Reese, a chemist, taught in Leeds. Ellen Park married Tom Reese and moved to Ohio. “I never stopped working,” she said.',
      ['Ellen Park'],
    ],
    [
      'the person a subject pronoun hires is not the next "she"',
      'Ana Ruiz opened a bakery. She hired Tom Reese, a baker from Leeds. “He taught me patience,” she says.',
      ['Ana Ruiz'],
    ],
    [
      'a dateline is where the story was filed, not who spoke',
      'CHICAGO — Former Mayor Raymond Keller told jurors he “never took a dime” from developers.',
      ['Raymond Keller'],
    ],
    [
      'a dateline with a region and a wire',
      'SEOUL, South Korea (AP) — North Korea said the drills were “a rehearsal for invasion.”',
      ['North Korea'],
    ],
    [
      'an acronym set off by dashes is no dateline',
      'KCNA — the North’s state news agency — said the drills were “a rehearsal for invasion.”',
      ['KCNA'],
    ],
    [
      '"the official" is the unnamed official quoted before',
      'A NATO official said the mood was “tense.”\n\n“It is the worst I have seen it in years,” the official said.',
      ['A NATO official', 'A NATO official'],
    ],
    [
      'a full name ending like a people’s name is still a person',
      'The economist Priya Raman makes the same point.\n\n“Until that changes, the numbers won’t,” Raman told me.',
      ['Priya Raman'],
    ],
    [
      'a people’s name after a compass point is a group',
      'South Korean officials called the launch “a grave provocation.”',
      ['South Korean officials'],
    ],
    [
      'a cue after the quotation that names nobody yields to the one before',
      'When Housing Minister Robert Ellery promised to build “300,000 homes a year,” I believed him.',
      ['Robert Ellery'],
    ],
    [
      'an answer to a question put in an interview is the interviewee’s',
      '“I burned everything,” Lena Marchetti says.\n\nQuick-fire round\n\nFavourite ingredient? “Anchovies. Always anchovies.”\n\nBest advice? “Taste everything, twice.”',
      ['Lena Marchetti', 'Lena Marchetti', 'Lena Marchetti'],
    ],
    [
      'a one-word name in apposition to a role is a person',
      'Her brother, Owen, runs the farm now. “It never stops,” he said.',
      ['Owen'],
    ],
    [
      'a name described by a role after it is a person',
      'Dana Cole spoke first. Mira Lane, an engineer at Rolls-Royce, put it more bluntly. “It will fail,” she told me.',
      ['Mira Lane'],
    ],
  ]);
});

describe('pronouns by gender and by the passage’s topic (issue 10)', () => {
  check([
    [
      'a woman named in passing in an earlier paragraph does not take the topic’s “she said”',
      'For Rita Moss, the fire ended everything.\n\n“I lost the shop,” she said.\n\nShe had bought it with a loan from her aunt, Jean, in 1990.\n\n“I can still see the sign,” she said.',
      ['Rita Moss', 'Rita Moss'],
    ],
    [
      'a kinship role says whose pronouns a name can take',
      'Tom Vale runs the farm with his sister, Ann.\n\nTom said the harvest was poor. “We lost half the wheat,” he said.',
      ['Tom Vale'],
    ],
    [
      'a woman introduced as the subject just before is the one quoted',
      'For Rita Moss, the fire ended everything.\n\n“I lost the shop,” she said.\n\nHer neighbour Ruth Adler lost her stock too. “Rita was the first to help,” she said.',
      ['Rita Moss', 'Ruth Adler'],
    ],
  ]);
});

describe('roles beside names (issue 10)', () => {
  check([
    [
      'an apposition left unclosed before its cue',
      'Helen Marsh, interim chief executive said: “We are doing all we can.”',
      ['Helen Marsh'],
    ],
    [
      'a long run of capitalised titles before a name ends at its last role noun',
      'Adjunct Professor Kingsford Public Health Policy Adviser Ruth Ellery said: “This is the right call.”',
      ['Ruth Ellery'],
    ],
    [
      'a surname that is also a role noun stays a name',
      'Ruth Friend said: “This is the right call.”',
      ['Ruth Friend'],
    ],
  ]);
});

describe('channels carry words, speakers say them (issue 10)', () => {
  check([
    [
      'a speaker before, the outlet that reported it after',
      'Finance Minister Kenji Sato said the moves were “excessive,” the Nikkei newspaper reported.',
      ['Kenji Sato'],
    ],
    [
      'an outlet that reports with no speaker before is the speaker',
      '“The talks have stalled,” the Jiji agency reported.',
      ['the Jiji agency'],
    ],
  ]);
});

describe('anonymous sources and those who speak for bodies (issue 10)', () => {
  check([
    [
      'a source described through a named person is not that person',
      'A close associate of Senator Paul Whitaker spoke to us.\n\n“He is tired,” the associate said.',
      ['A close associate of Senator Paul Whitaker'],
    ],
    [
      '“the group” is the organisation the passage is about',
      'The Forward Ohio Coalition said it would back him. “We are with him either way,” the group said.',
      ['Forward Ohio Coalition'],
    ],
    [
      'a bare “the spokesperson” speaks for the body quoted before',
      'A spokesperson for Rovania’s foreign ministry said the visit was “an internal matter.”\n\n“We urge restraint,” the spokesperson said.',
      ['Rovania’s foreign ministry', 'Rovania’s foreign ministry'],
    ],
    [
      'an envoy speaks for the country that sends them',
      'Valdoria’s envoy to the United Nations said her country “will not accept any change.”',
      ['Valdoria'],
    ],
  ]);
});

describe('surnames after honorifics and speakers left understood (issue 10)', () => {
  check([
    [
      'a surname that is also a title, after “Mr”',
      'Simon Dean said: “We take this seriously.”\n\nMr Dean said: “We are the largest board.”',
      ['Simon Dean', 'Simon Dean'],
    ],
    [
      '“Another added:” after “One user wrote:”',
      'One user wrote: “It is not helpful.”\n\nAnother added: “It is cruel.”',
      ['One user', 'Another'],
    ],
  ]);
});

describe('a pronoun for an unnamed spokesperson (issue 10)', () => {
  check([
    [
      '“she said” after “a spokeswoman for the union said” speaks for the union',
      'Workers are not aiming to disrupt travel, a spokeswoman for the Service Employees International Union said on Monday.\n\n“They do want public support,” she said.',
      ['the Service Employees International Union'],
    ],
  ]);
});

describe('quotations introduced by a position verb (issue 10)', () => {
  check([
    [
      '“denounced … as”, “condemned”, “defended”',
      'Marta Halvorsen denounced the decision as “a betrayal of every worker.” Gareth Moss condemned “the cowardice of a government that hides.” Owen Pryce defended “a fair deal for taxpayers” on Friday.',
      ['Marta Halvorsen', 'Gareth Moss', 'Owen Pryce'],
    ],
    [
      'a cue after a question that ends its own sentence is the question’s',
      'Dana Wu met the author later. “Who is she?” Ellis Park asked. “She should be a co-author.”',
      ['Ellis Park', 'Ellis Park'],
    ],
  ]);
});
