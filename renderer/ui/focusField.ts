import { useEffect, useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { FIELD_PARAM } from '../app/fixPath';

// `?falt=<field>` on a record page (from a preflight item's "Åtgärda") focuses that field of
// the form. The field is named as the contract names it ('email', 'purposes.0.descriptionEn');
// the form's inputs carry it as `name` (react-hook-form's register) or as `data-field` (groups of
// radios or checkboxes, or anything else without one input).

const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';
const TRIES = 30;
const INTERVAL_MS = 100;

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** 'purposes.0.descriptionEn' → itself, 'purposes.0', 'purposes': the nearest field the form shows. */
function candidates(field: string): string[] {
  const parts = field.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}

/** The element to focus for `field`: its own input, else one under it (a group, a hidden input's widget). */
export function findField(field: string, root: ParentNode = document): HTMLElement | null {
  for (const name of candidates(field)) {
    const q = quoted(name);
    const hits = [
      ...root.querySelectorAll<HTMLElement>(`[name=${q}], [data-field=${q}]`),
      // 'address' → the first of 'address.street', 'address.city' …
      ...root.querySelectorAll<HTMLElement>(`[name^=${quoted(`${name}.`)}], [data-field^=${quoted(`${name}.`)}]`),
    ];
    for (const hit of hits) {
      const target = focusable(hit);
      if (target) return target;
    }
  }
  return null;
}

function focusable(el: HTMLElement): HTMLElement | null {
  if (el.matches(FOCUSABLE)) return el;
  // A select's or multi-select's hidden input sits beside the input the user types in.
  const scope = el instanceof HTMLInputElement && el.type === 'hidden' ? el.parentElement : el;
  return scope?.querySelector<HTMLElement>(FOCUSABLE) ?? null;
}

/** The tab whose panel hides `el` (a Swedish/English pair, say), when that tab is not the selected one. */
function hiddenByTab(el: HTMLElement): HTMLElement | null {
  const panel = el.closest<HTMLElement>('[role="tabpanel"]');
  if (!panel?.id) return null;
  const tab = document.querySelector<HTMLElement>(`[role="tab"][aria-controls=${quoted(panel.id)}]`);
  return tab && tab.getAttribute('aria-selected') !== 'true' ? tab : null;
}

/** One try: focus and scroll to the field; a field in a hidden tab first opens the tab (done on a later try). */
function tryFocus(field: string, setFocus: ((name: string) => void) | null): boolean {
  const el = findField(field);
  if (el) {
    const tab = hiddenByTab(el);
    if (tab) {
      tab.click();
      return false;
    }
    // jsdom has no scrollIntoView.
    if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
    return document.activeElement === el;
  }
  // A controlled widget that passes react-hook-form its ref, but no name to the DOM.
  if (setFocus) {
    const before = document.activeElement;
    for (const name of candidates(field)) {
      try {
        setFocus(name);
      } catch {
        // not a field of this form
      }
      if (document.activeElement !== before) return true;
    }
  }
  return false;
}

/**
 * Honours `?falt=` once the form is on the page: called by FormFooter, so every record form (pages
 * and dialogs) does it. The form may still be filling in (lookups, a tab to open), so it tries a
 * few times; then the parameter goes, and the same link later focuses the field again.
 */
export function useFocusFieldFromQuery(): void {
  const [params, setParams] = useSearchParams();
  const field = params.get(FIELD_PARAM);
  // Not every form has a FormProvider (the organisation form registers its inputs directly).
  const form = useFormContext() as ReturnType<typeof useFormContext> | null;
  const latest = useRef({ setParams, setFocus: form ? (name: string) => form.setFocus(name) : null });
  latest.current = { setParams, setFocus: form ? (name: string) => form.setFocus(name) : null };

  useEffect(() => {
    if (!field) return;
    let tries = 0;
    let timer = 0;
    const attempt = () => {
      if (tryFocus(field, latest.current.setFocus) || ++tries >= TRIES) {
        latest.current.setParams(
          (current) => {
            const next = new URLSearchParams(current);
            next.delete(FIELD_PARAM);
            return next;
          },
          { replace: true },
        );
      } else timer = window.setTimeout(attempt, INTERVAL_MS);
    };
    timer = window.setTimeout(attempt, 0);
    return () => window.clearTimeout(timer);
  }, [field]);
}
