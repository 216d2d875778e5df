import {
  EmbedJobs
} from "../chunks/chunk-X6TT6UBO.js";
import "../chunks/chunk-MJ2VIGOA.js";
export {
  EmbedJobs
};
