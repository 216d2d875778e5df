import {
  EmbedJobs
} from "../chunks/chunk-SHUPIMIJ.js";
import "../chunks/chunk-YOYNJXWO.js";
export {
  EmbedJobs
};
