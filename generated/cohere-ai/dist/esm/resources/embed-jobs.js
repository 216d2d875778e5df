import {
  EmbedJobs
} from "../chunks/chunk-JH36QULS.js";
import "../chunks/chunk-53RGHUHL.js";
export {
  EmbedJobs
};
