import {
  EmbedJobs
} from "../chunks/chunk-UOEJXCIE.js";
import "../chunks/chunk-DIV5O4DD.js";
export {
  EmbedJobs
};
