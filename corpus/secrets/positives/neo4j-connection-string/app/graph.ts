import neo4j from "neo4j-driver";

export const driver = neo4j.driver("neo4j+s://graph_svc:656wiSBGGYuKIa@graph.corp.internal:7687");
