/**
 * The thread that reduces web pages to their articles (Readability over linkedom), so that a hostile page costs
 * this thread its deadline, never the server's event loop (server/services/html-reducer.ts runs it).
 */
import { articleFromHtml } from '../ingest/read/html-article';
import { serveTasks } from './serve-tasks';

serveTasks((html: string) => articleFromHtml(html));
