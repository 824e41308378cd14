#!/bin/sh
set -e
git clone https://webapp:MqrbJ9hH9OavUo5USRsDJGMoukymvvVg@git.tyrell.io/platform/deploy-config.git
cd deploy-config && make apply
