import {
  EmbedJobs
} from "../chunks/chunk-TC7OTULK.js";
import "../chunks/chunk-6ZVVZDTM.js";
import "../chunks/chunk-PAD7FCYI.js";
export {
  EmbedJobs
};
