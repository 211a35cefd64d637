// The whole bridge between the sandboxed renderer and the core: window.api = { call, on }.
// Sandboxed preloads cannot require local files, so this is bundled to one CommonJS file.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Api } from '../../shared/contract';
import { EVENT_CHANNEL, RPC_CHANNEL } from '../main/channels';

const listeners = new Map<string, Set<(payload: unknown) => void>>();

ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

const api: Api = {
  call: (method, input) => ipcRenderer.invoke(RPC_CHANNEL, method, input),
  on(event, listener) {
    const wrapped = (payload: unknown) => listener(payload as Parameters<typeof listener>[0]);
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set.add(wrapped));
    return () => {
      set.delete(wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
