import type { AttentionSource } from './attention.source';

// Every feature's contribution to the attention list: a feature adds its source here.
export const attentionSources: readonly AttentionSource[] = [];
