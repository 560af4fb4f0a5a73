import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeFileAccess } from '../node/fileAccess';
import { clientFileAccess, routedFileAccess } from './clientFiles';
import { startServer } from './server';

// Started by the extension over IPC, or by any LSP client with `--stdio`.
const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (error) => connection.console.error(`Uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled: ${String(reason)}`));
// The disk for file: workspace folders; a virtual workspace's files (URIs) through the client.
startServer(connection, routedFileAccess(nodeFileAccess, clientFileAccess(connection)));
