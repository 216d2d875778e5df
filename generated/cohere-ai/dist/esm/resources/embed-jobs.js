import {
  EmbedJobs
} from "../chunks/chunk-3BDDACTI.js";
import "../chunks/chunk-7SYSUNI4.js";
import "../chunks/chunk-MNKPKUBB.js";
export {
  EmbedJobs
};
