import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../../src/core/match/speakers.ts';
import { matchRefSet } from '../../../support/match-refset.ts';

const sets = [matchRefSet()];

describe('resolveSpeaker', () => {
  it('ignores case, diacritics, hyphens and spacing in names and aliases', () => {
    expect(resolveSpeaker('Kim Jong Un', sets)).toBe('kim-jong-un');
    expect(resolveSpeaker('Kim Jong-un', sets)).toBe('kim-jong-un');
    expect(resolveSpeaker('KIM JONG-UN', sets)).toBe('kim-jong-un');
    expect(resolveSpeaker('Kim Jongun', sets)).toBe('kim-jong-un');
    expect(resolveSpeaker('Kim Yŏ-jong', sets)).toBe('kim-yo-jong');
  });

  it('knows governments and organisations by their aliases and with "the"', () => {
    expect(resolveSpeaker('Pyongyang', sets)).toBe('dprk');
    expect(resolveSpeaker('Washington', sets)).toBe('us');
    expect(resolveSpeaker('White House', sets)).toBe('white-house');
    expect(resolveSpeaker('KCNA', sets)).toBe('kcna');
  });

  it('strips titles and possessives', () => {
    expect(resolveSpeaker('Mr. Alex Rivera', sets)).toBe('spokesman');
    expect(resolveSpeaker("Dana Whitfield's", sets)).toBe('analyst');
  });

  it('takes a lone surname only when one person has it', () => {
    expect(resolveSpeaker('Rivera', sets)).toBe('spokesman');
    expect(resolveSpeaker('Kim', sets)).toBeNull();
  });

  it('resolves an unnamed source to the body the description names', () => {
    expect(resolveSpeaker('a senior White House official', sets)).toBe('white-house');
    expect(resolveSpeaker('two State Department spokespeople', sets)).toBe('state-dept');
    expect(resolveSpeaker('one official in Pyongyang', sets)).toBe('dprk');
  });

  it('leaves sources that speak for no body, or for none the set knows, unresolved', () => {
    expect(resolveSpeaker('a former White House official', sets)).toBeNull();
    expect(resolveSpeaker('an analyst at the White House', sets)).toBeNull();
    expect(resolveSpeaker('a senior administration official', sets)).toBeNull();
    expect(resolveSpeaker('an official', sets)).toBeNull();
  });

  it('reads a name after a title the honorifics do not cover', () => {
    expect(resolveSpeaker('North Korean leader Kim Jong Un', sets)).toBe('kim-jong-un');
  });

  it('resolves nothing for unknown, empty or partial names', () => {
    expect(resolveSpeaker('Jane Doe', sets)).toBeNull();
    expect(resolveSpeaker('', sets)).toBeNull();
    expect(resolveSpeaker(null, sets)).toBeNull();
    expect(resolveSpeaker('Kim Yo', sets)).toBeNull();
  });

  it('asks the sets in order', () => {
    const other = { speakers: [{ ...matchRefSet().speakers[2]!, id: 'kyj-other' }] };
    expect(resolveSpeaker('Kim Yo-jong', [other, ...sets])).toBe('kyj-other');
  });
});
