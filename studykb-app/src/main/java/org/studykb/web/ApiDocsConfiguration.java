package org.studykb.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI document at {@code /v3/api-docs} (shown at {@code /swagger-ui}). */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    @Bean
    OpenAPI studykbApi() {
        return new OpenAPI().info(new Info().title("学习资料知识库 API").version("0.1")
                .description("检索、输入提示、文档、段落、原文件下载、引文、标签和人工修改、上传、活动时间线、备课夹、保存的检索。"
                        + "错误一律为 JSON：{status, error, message}。"));
    }
}
