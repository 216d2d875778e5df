import {
  EmbedJobs
} from "../chunks/chunk-U2YSOVWG.js";
import "../chunks/chunk-K2KYUNKI.js";
export {
  EmbedJobs
};
