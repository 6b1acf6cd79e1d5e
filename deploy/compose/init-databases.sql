CREATE DATABASE command_service;
CREATE DATABASE query_service;
