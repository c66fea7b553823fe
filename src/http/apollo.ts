/**
 * Apollo Server as this service runs it: the schema's resolvers executed compiled (src/execution/), the error
 * formatter, persisted queries, and the plugins, in the order they must run: the query limits, who may run the
 * operation, the limits on expensive operations, then, as the answer leaves, its size, its HTTP side, and the log
 * of what the formatter hid.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Config } from '../config.js';
import type { RequestContext } from '../context.js';
import { compiledExecution } from '../execution/compiledExecutor.js';
import type { Logger } from '../log.js';
import { SCHEMA_SDL } from '../model/index.js';
import { answerSizePlugin } from '../plugins/answerSize.js';
import { authorizationPlugin } from '../plugins/authorization.js';
import { errorLogPlugin } from '../plugins/errorLog.js';
import { expensiveOperationsPlugin } from '../plugins/expensiveOperations.js';
import { inputTextPlugin } from '../plugins/inputText.js';
import { queryLimitsPlugin } from '../plugins/queryLimits.js';
import { resolvers } from '../resolvers/index.js';
import { createErrorFormatter } from './errorFormatter.js';
import { graphqlOverHttpPlugin } from './graphqlOverHttp.js';

export type ApolloConfig = Pick<
  Config,
  'nodeEnv' | 'maxResponseBytes' | 'queryLimits' | 'cacheMaxAgeSeconds' | 'persistedQueriesCacheBytes' | 'writes' | 'throttles'
>;

export function createApollo(config: ApolloConfig, logger: Logger): ApolloServer<RequestContext> {
  const production = config.nodeEnv === 'production';
  const formatError = createErrorFormatter();
  return new ApolloServer<RequestContext>({
    gateway: compiledExecution(makeExecutableSchema({ typeDefs: SCHEMA_SDL, resolvers })),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    nodeEnv: config.nodeEnv,
    formatError,
    // Automatic persisted queries, Apollo's own protocol: a client sends a query's SHA-256 and the query only
    // when the server does not know it yet. A bounded LRU of its own, so that clients sending ever-new queries
    // only evict old ones within PERSISTED_QUERIES_CACHE_BYTES.
    persistedQueries: { cache: new InMemoryLRUCache<string>({ maxSize: config.persistedQueriesCacheBytes }), ttl: null },
    // main.ts handles SIGTERM and SIGINT (stop accepting, finish requests, close the driver, exit). Apollo's own
    // handlers would stop it a second time and re-raise the signal, which main.ts's handler then swallows: the
    // process never exited under `npm start` (NODE_ENV is "test" under vitest, where Apollo installs none).
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo indents by default, which made the relation benchmark's answer a third larger.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // The schema has no @cacheControl hints to compute, and the default plugin wraps every field's resolver
      // to compute them: measurable on answers of thousands of fields. GET answers get a Cache-Control of
      // their own (graphqlOverHttpPlugin).
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(config.queryLimits),
      inputTextPlugin(),
      authorizationPlugin({ readsRequireKey: config.writes.readsRequireKey, writesPerKeyPerMinute: config.writes.perKeyPerMinute }),
      expensiveOperationsPlugin({
        anonymousPerMinute: config.throttles.expensiveAnonymousPerMinute,
        readerPerMinute: config.throttles.expensiveReaderPerMinute,
        concurrent: config.throttles.expensiveConcurrent,
      }),
      // Before the HTTP side, which adds the request id to the errors it sends.
      answerSizePlugin({ maxResponseBytes: config.maxResponseBytes }),
      graphqlOverHttpPlugin({ cacheMaxAgeSeconds: config.cacheMaxAgeSeconds }),
      errorLogPlugin(logger, formatError),
    ],
  });
}
