import {
  EmbedJobs
} from "../chunks/chunk-ORJ4Z7DV.js";
import "../chunks/chunk-56R5644G.js";
import "../chunks/chunk-BVSPRZ5J.js";
export {
  EmbedJobs
};
