import {
  EmbedJobs
} from "../chunks/chunk-NIFSO3WJ.js";
import "../chunks/chunk-LSKZVR3L.js";
export {
  EmbedJobs
};
