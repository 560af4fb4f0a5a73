// Loaded with `node --import` into the language server under benchmark: answers a 'memory'
// message on the IPC channel with the process's memory, after a full garbage collection when the
// server was started with --expose-gc. The server itself knows nothing of it.
process.on('message', (message) => {
  if (message !== 'memory') return;
  if (typeof globalThis.gc === 'function') globalThis.gc();
  process.send(process.memoryUsage());
});
// The IPC channel must not keep the server alive once its client has gone.
process.channel?.unref();
