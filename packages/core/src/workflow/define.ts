import type { z } from 'zod';
import type { Action } from '../access/roles.js';

/** The action over the record a step needs: most are `transition`; signatures `approve`; the submitter's own steps `update`. */
export type StepAction = Extract<Action, 'transition' | 'approve' | 'update'>;

/** One transition: where it may start, where it leads, what it asks for and why it may be refused (in Chinese, citing the rule). */
export type Step<S extends string, F, I extends z.ZodObject> = {
  label: string;
  from: readonly S[];
  /** The state after; a function when the input decides it; absent when the step records without moving. */
  to?: S | ((input: z.output<I>, facts: F) => S);
  input: I;
  /** Defaults to `transition`. */
  action?: StepAction;
  /** Reasons from the record's facts alone, so the detail page can show them before the form is opened. */
  guard?: (facts: F) => string[];
  /** Reasons that need the step's input as well (dates in order, the majority rule); checked when the step fires. */
  check?: (facts: F, input: z.output<I>) => string[];
  /** Clearer words than “X状态下不能Y” for states where the step is a likely mistake. */
  stateReasons?: Partial<Record<S, string>>;
  /** Judge the guard before the state, so that skipping ahead names the missing step (“尚未通过合法性审核，不能公布”). */
  guardFirst?: boolean;
  /** A step that sends back, withdraws or ends the record: its button is red, so it is not clicked for the usual next step. */
  danger?: boolean;
};

export type Refusal = { kind: 'state' | 'guard'; reasons: string[] };

/** A step as the detail response lists it: whether the actor may take it now, or why not. */
export type StepOption = {
  name: string;
  label: string;
  allowed: boolean;
  /** `state`: not from this state; `permission`: the actor lacks the action; `guard`: a rule is not met yet. */
  refusedBy?: 'state' | 'permission' | 'guard';
  reasons: string[];
};

type AnyStep<S extends string, F> = Step<S, F, z.ZodObject>;

export type Workflow<S extends string, F extends { state: S }, T extends Record<string, z.ZodObject>> = {
  /** Record type in the audit log, e.g. 'litigation.case'. */
  entity: string;
  states: { codes: readonly S[]; label: (code: string | null | undefined) => string };
  steps: { [K in keyof T]: Step<S, F, T[K]> };
  names: (keyof T & string)[];
  /** Why `name` may not fire now (state, guard, then the input's check); null when it may. */
  refusal: <K extends keyof T & string>(name: K, facts: F, input?: z.output<T[K]>) => Refusal | null;
  /** The state after the step. */
  next: <K extends keyof T & string>(name: K, facts: F, input: z.output<T[K]>) => S;
  /** Every step with whether the actor may take it now; `may` says whether the actor holds an action over the record. */
  options: (facts: F, may: (action: StepAction) => boolean) => StepOption[];
};

/**
 * Declares a workflow: states, and per transition its input schema, guards and target. The server turns it into one
 * `POST …/:id/transitions/<name>` per step and the web into buttons with forms; nothing else re-implements a step.
 *
 * Called as `defineWorkflow<Facts>()({ … })` so that the facts are named and the inputs inferred.
 */
export function defineWorkflow<F extends { state: string }>() {
  return <S extends F['state'], T extends Record<string, z.ZodObject>>(def: {
    entity: string;
    states: { codes: readonly S[]; label: (code: string | null | undefined) => string };
    steps: { [K in keyof T]: Step<S, F, T[K]> };
  }): Workflow<S, F & { state: S }, T> => {
    const steps = def.steps as unknown as Record<string, AnyStep<S, F>>;
    const names = Object.keys(steps) as (keyof T & string)[];
    const stateRefusal = (step: AnyStep<S, F>, state: S): Refusal | null =>
      step.from.includes(state) ? null : { kind: 'state', reasons: [step.stateReasons?.[state] ?? `“${def.states.label(state)}”状态下不能${step.label}`] };
    const guardRefusal = (step: AnyStep<S, F>, facts: F): Refusal | null => {
      const reasons = step.guard?.(facts) ?? [];
      return reasons.length ? { kind: 'guard', reasons } : null;
    };
    const refusal = (name: string, facts: F, input?: unknown): Refusal | null => {
      const step = steps[name]!;
      const state = facts.state as S;
      const first = step.guardFirst ? (guardRefusal(step, facts) ?? stateRefusal(step, state)) : (stateRefusal(step, state) ?? guardRefusal(step, facts));
      if (first) return first;
      const reasons = input === undefined ? [] : (step.check?.(facts, input as never) ?? []);
      return reasons.length ? { kind: 'guard', reasons } : null;
    };
    return {
      entity: def.entity,
      states: def.states,
      steps: def.steps,
      names,
      refusal: refusal as Workflow<S, F & { state: S }, T>['refusal'],
      next: ((name: string, facts: F, input: unknown) => {
        const to = steps[name]!.to;
        if (to === undefined) return facts.state as S;
        return typeof to === 'function' ? to(input as never, facts) : to;
      }) as Workflow<S, F & { state: S }, T>['next'],
      options: (facts, may) =>
        names.map((name) => {
          const step = steps[name]!;
          const base = { name, label: step.label };
          const state = stateRefusal(step, facts.state as S);
          if (state) return { ...base, allowed: false, refusedBy: 'state' as const, reasons: state.reasons };
          if (!may(step.action ?? 'transition')) return { ...base, allowed: false, refusedBy: 'permission' as const, reasons: ['没有办理此环节的权限'] };
          const guard = guardRefusal(step, facts);
          return guard ? { ...base, allowed: false, refusedBy: 'guard' as const, reasons: guard.reasons } : { ...base, allowed: true, reasons: [] };
        }),
    };
  };
}

export type AnyWorkflow = Workflow<string, { state: string } & Record<string, unknown>, Record<string, z.ZodObject>>;

/** The input type of one step of a workflow. */
export type StepInput<W, K extends string> = W extends Workflow<string, never, infer T> ? (K extends keyof T ? z.output<T[K]> : never) : never;
