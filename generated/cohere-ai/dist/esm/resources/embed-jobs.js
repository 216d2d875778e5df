import {
  EmbedJobs
} from "../chunks/chunk-QETXMU3I.js";
import "../chunks/chunk-WU5HCBFA.js";
import "../chunks/chunk-LR5BAII7.js";
export {
  EmbedJobs
};
