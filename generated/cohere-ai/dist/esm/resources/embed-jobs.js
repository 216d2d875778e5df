import {
  EmbedJobs
} from "../chunks/chunk-EPR6FDXR.js";
import "../chunks/chunk-FFUKIUHX.js";
import "../chunks/chunk-FCL7434D.js";
export {
  EmbedJobs
};
