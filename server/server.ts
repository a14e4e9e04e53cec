// The entry of the server bundle that the VS Code client starts.
import { startServer } from './main.js';

startServer();
