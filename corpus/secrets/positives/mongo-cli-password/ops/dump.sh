#!/bin/sh
mongodump --host mongo-0.corp.internal --username backup --password Vc6o9nJrka0fJR --authenticationDatabase admin --gzip --out /backup/mongo
