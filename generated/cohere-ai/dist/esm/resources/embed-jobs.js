import {
  EmbedJobs
} from "../chunks/chunk-6SEILD7V.js";
import "../chunks/chunk-5TEGGYVJ.js";
import "../chunks/chunk-3UH6TGRN.js";
export {
  EmbedJobs
};
