import {
  EmbedJobs
} from "../chunks/chunk-3KXV5ZOG.js";
import "../chunks/chunk-R4ER5EU3.js";
export {
  EmbedJobs
};
