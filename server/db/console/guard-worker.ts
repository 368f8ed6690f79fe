/**
 * The thread that reads console queries with Neo4j's parser and checks their regular expressions (console-guard.ts):
 * both are CPU-bound and load large libraries, so they run here, under a deadline, never on the event loop.
 */
import { serveTasks } from '../../workers/serve-tasks';
import { GuardRequest, inspectQuery } from './console-guard';

serveTasks((request: GuardRequest) => inspectQuery(request.query, request.params));
