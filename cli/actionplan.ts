// The entry of the CLI bundle.
import { main } from './main.js';

void main(process.argv);
