import {
  EmbedJobs
} from "../chunks/chunk-2LFHU5AM.js";
import "../chunks/chunk-URMUSIMP.js";
import "../chunks/chunk-J5T2KD7K.js";
export {
  EmbedJobs
};
