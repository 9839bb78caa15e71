/**
 * AHP hierarchies: a goal, criteria and sub-criteria with a judgement matrix per node, alternatives under the
 * leaves; evaluation into local and global (leaf) weights, and the default SES criteria tree.
 */
package com.sesadvisor.engine.ahp.hierarchy;
