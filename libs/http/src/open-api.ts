import { type INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { type Service } from '@infuse/platform';

/** OpenAPI document and UI at `/docs` (JSON at `/docs-json`). */
export function setupOpenApi(app: INestApplication, service: Service, ui: boolean): void {
  const config = new DocumentBuilder()
    .setTitle(service.title)
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addSecurityRequirements('bearer')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), { ui });
}
