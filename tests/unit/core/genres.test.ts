import { describe, expect, it } from 'vitest';
import { quotesOf } from './read-helpers.ts';

/** Short articles of our own in the styles news comes in, read whole. */
const article = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('articles in different house styles', () => {
  it('British style: single marks, titles before names, a so-called term', () => {
    const text = article(
      "The Prime Minister, Sarah Lyle, said on Monday that the reforms were 'long overdue' and promised to 'get on with the job'.",
      "'We have waited too long,' she told MPs. 'The country deserves better.'",
      "Labour's shadow chancellor, Tom Briggs, called the plan 'a gimmick' and said the Government's sums 'do not add up'.",
      "The so-called 'triple lock' will remain, officials confirmed.",
      "It's the '90s all over again, one backbencher joked, as the Commons emptied.",
      "Critics of the 'Brexit dividend' say it never arrived.",
    );
    expect(quotesOf(text)).toEqual([
      ['long overdue', 'Sarah Lyle'],
      ['get on with the job', 'Sarah Lyle'],
      ['We have waited too long,', 'Sarah Lyle'],
      ['The country deserves better.', 'Sarah Lyle'],
      ['a gimmick', 'Tom Briggs'],
      ['do not add up', 'Tom Briggs'],
    ]);
  });

  it('sport: a nickname inside a name, a manager and a rival coach', () => {
    const text = article(
      'Marcus "The Hammer" Dale scored twice as City beat Rovers 3-1 on Saturday.',
      '"I just wanted to win it for the fans," Dale said after the match. "They\'ve been brilliant all season."',
      'City manager Ines Okafor praised her striker\'s "relentless" work rate but warned against complacency.',
      '"We haven\'t won anything yet," she told Sky Sports. "There\'s a long way to go."',
      'Rovers coach Pete Lamb was less happy. Asked about the penalty decision, he said: "It was never a foul. Everyone in the ground saw it."',
      'Fans sang "Walking in a Winter Wonderland" as the final whistle blew.',
    );
    expect(quotesOf(text)).toEqual([
      ['I just wanted to win it for the fans,', 'Marcus Dale'],
      ["They've been brilliant all season.", 'Marcus Dale'],
      ["We haven't won anything yet,", 'Ines Okafor'],
      ["There's a long way to go.", 'Ines Okafor'],
      ['It was never a foul. Everyone in the ground saw it.', 'Pete Lamb'],
    ]);
  });

  it('technology: product names, settings and commands in marks', () => {
    const text = article(
      'The update, called "Project Nimbus," adds a setting named "safe mode" to every device.',
      'In a blog post, the company\'s chief technology officer, Raj Patel, wrote that the change was "the biggest rewrite in a decade."',
      'Users can enable it by typing "settings --safe" in the terminal.',
      '"We heard the feedback loud and clear," Patel said in an interview. "This is our answer."',
      'Security researcher Dana Wu was unimpressed. "It\'s a band-aid," she said, "not a fix."',
    );
    expect(quotesOf(text)).toEqual([
      ['the biggest rewrite in a decade.', 'Raj Patel'],
      ['We heard the feedback loud and clear,', 'Raj Patel'],
      ['This is our answer.', 'Raj Patel'],
      ["It's a band-aid,", 'Dana Wu'],
      ['not a fix.', 'Dana Wu'],
    ]);
  });

  it('books: titles of works are not quotations', () => {
    const text = article(
      'In "The Long Night," her third novel, Mara Quinn returns to the fictional town of Elden.',
      'Quinn, speaking at a reading in London, said the book began as "a short story that refused to end."',
      '"I never plan," she admitted. "The characters tell me where to go."',
      'The title comes from the hymn "Abide With Me," which her grandmother sang.',
    );
    expect(quotesOf(text)).toEqual([
      ['a short story that refused to end.', 'Mara Quinn'],
      ['I never plan,', 'Mara Quinn'],
      ['The characters tell me where to go.', 'Mara Quinn'],
    ]);
  });
});
