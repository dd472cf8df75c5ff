// One ForceAtlas2 iteration with graphology-layout-forceatlas2 (Barnes–Hut) on the graph that
// `entente-bench layout-step --edges-out FILE` wrote, from the same seeded spiral of positions.
// Prints one JSON line: median ms per iteration, CPU ms per iteration, settings.
//
//   node tests/bench/compare_layout.mjs FILE [--modules DIR] [--runs N] [--theta T] [--adjust-sizes]
import {createRequire} from 'node:module';
import {readFileSync} from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const file = args[0];
const modules = option('--modules', '/tmp/graphology/node_modules');
const runs = Number(option('--runs', '10'));
const theta = Number(option('--theta', '1.2'));
const adjustSizes = args.includes('--adjust-sizes');

const require = createRequire(path.join(modules, 'noop.js'));
const Graph = require('graphology');
const iterate = require('graphology-layout-forceatlas2/iterate.js');
const helpers = require('graphology-layout-forceatlas2/helpers.js');
const defaults = require('graphology-layout-forceatlas2/defaults.js');

const lines = readFileSync(file, 'utf8').split('\n');
const n = Number(lines[0]);
// Parallel edges stay separate, as they do in Entente's layout input.
const graph = new Graph({type: 'undirected', multi: true, allowSelfLoops: true});
for (let i = 0; i < n; i++) {
  // Entente's seed: a golden-angle spiral (without its ±1 jitter).
  const a = i * 2.399963, r = 20 * Math.sqrt(i + 1);
  graph.addNode(String(i), {x: r * Math.cos(a), y: r * Math.sin(a), size: 10});
}
for (let k = 1; k < lines.length; k++) {
  if (!lines[k]) continue;
  const sp = lines[k].indexOf(' ');
  graph.addEdge(lines[k].slice(0, sp), lines[k].slice(sp + 1));
}
const settings = Object.assign({}, defaults, {
  barnesHutOptimize: true,
  barnesHutTheta: theta,
  scalingRatio: 2,
  gravity: 1,
  adjustSizes,
});
const matrices = helpers.graphToByteArrays(graph, () => 1);
for (let i = 0; i < 3; i++) iterate(settings, matrices.nodes, matrices.edges); // warm-up, as Entente's
const times = [];
const cpuBefore = process.cpuUsage();
for (let i = 0; i < runs; i++) {
  const t = process.hrtime.bigint();
  iterate(settings, matrices.nodes, matrices.edges);
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const cpu = process.cpuUsage(cpuBefore);
let finite = true;
for (let i = 0; i < matrices.nodes.length; i++) finite = finite && Number.isFinite(matrices.nodes[i]);
times.sort((a, b) => a - b);
console.log(JSON.stringify({
  tool: 'graphology-layout-forceatlas2',
  nodes: graph.order,
  edges: graph.size,
  runs,
  median_ms: times[Math.floor(times.length / 2)],
  min_ms: times[0],
  cpu_ms_per_step: (cpu.user + cpu.system) / 1000 / runs,
  theta,
  adjust_sizes: adjustSizes,
  finite,
}));
