import {
  EmbedJobs
} from "../chunks/chunk-JA42TGOR.js";
import "../chunks/chunk-TU37XJ52.js";
export {
  EmbedJobs
};
