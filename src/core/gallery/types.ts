/** The scenario gallery's data: curated designs that each teach one thing about API Gateway → Lambda. */
import type { DesignEdit } from '../design/edits';
import type { Design } from '../design/types';

/** A "break it / fix it" step: the edits that repair the scenario, and why they work. */
export interface ScenarioFix {
  /** The button's text, e.g. "Add a text/plain template". */
  label: string;
  /** One paragraph, in our own words. */
  explanation: string;
  /**
   * Applied in order as one undoable step. They also update the samples' `expect`, so the sample
   * suite passes again once the scenario is fixed.
   */
  edits: DesignEdit[];
}

export interface Scenario {
  /** Stable, URL-safe: "proxy-hello-world". */
  id: string;
  title: string;
  /** One line for the gallery card. */
  summary: string;
  /** One paragraph, in our own words: what the design does and what to look at. */
  explanation: string;
  /** A valid design whose samples each carry `expect` (the outcome the explanation promises). */
  design: Design;
  /** Per sample name: the expected outcome in words ("404: the NotFound: pattern matches"). */
  outcomes: Record<string, string>;
  fix?: ScenarioFix;
}
