// Worker entry of `npm run fuzz`: registers tsx in this thread, then loads the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
