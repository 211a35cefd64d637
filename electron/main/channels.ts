// The two IPC channels between the preload and the main process.
export const RPC_CHANNEL = 'forteckna:rpc';
export const EVENT_CHANNEL = 'forteckna:event';
