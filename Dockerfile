# The app image for docker-compose.yml: Neo4j comes from its own container (NEO4J_URI). Java 17 and Maven are
# here for Stanford CoreNLP (READOUT_NLP=corenlp, the default), which is fetched from Maven Central on first
# use into /root/.m2 (a volume in docker-compose.yml, so it is fetched once) and runs as its own process.
FROM node:20-bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npm", "start"]
